;; `i64x2.relaxed_laneselect` of locals, native mode: the encoding's fastest sequence.

(module
  (func (export "f") (param $a v128) (param $b v128) (param $c v128) (result v128)
    (i64x2.relaxed_laneselect (local.get $a) (local.get $b) (local.get $c))))

;; function 0 (export "f"), sse4.1:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000041
;;     1e: movdqu  xmm0,[rbp+0x10]
;;     25: movdqu  xmm1,[rbp+0x20]
;;     2c: movdqu  xmm2,[rbp+0x30]
;;     33: blendvpd xmm1,xmm2
;;     39: movaps  xmm0,xmm1
;;     3d: leave
;;     3e: ret     0x30
;;     41: cmp     dword ptr [r11+0x14],0
;;     4a: jne     0x0000000000000060
;;     50: cmp     rax,[r11+0x38]
;;     55: jb      0x000000000000007A
;;     5b: jmp     0x000000000000001E
;;     60: mov     r11,[r14]
;;     65: mov     qword ptr [r11+0x18],0x21
;;     6e: mov     eax,0xA
;;     74: mov     rsp,[r11+8]
;;     79: ret
;;     7a: mov     r11,[r14]
;;     7f: mov     qword ptr [r11+0x18],0x21
;;     88: mov     eax,9
;;     8e: mov     rsp,[r11+8]
;;     93: ret

;; function 0 (export "f"), avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000041
;;     1e: vmovdqu xmm0,[rbp+0x10]
;;     25: vmovdqu xmm1,[rbp+0x20]
;;     2c: vmovdqu xmm2,[rbp+0x30]
;;     33: vblendvpd xmm2,xmm1,xmm2,xmm0
;;     39: movaps  xmm0,xmm2
;;     3d: leave
;;     3e: ret     0x30
;;     41: cmp     dword ptr [r11+0x14],0
;;     4a: jne     0x0000000000000060
;;     50: cmp     rax,[r11+0x38]
;;     55: jb      0x000000000000007A
;;     5b: jmp     0x000000000000001E
;;     60: mov     r11,[r14]
;;     65: mov     qword ptr [r11+0x18],0x21
;;     6e: mov     eax,0xA
;;     74: mov     rsp,[r11+8]
;;     79: ret
;;     7a: mov     r11,[r14]
;;     7f: mov     qword ptr [r11+0x18],0x21
;;     88: mov     eax,9
;;     8e: mov     rsp,[r11+8]
;;     93: ret
