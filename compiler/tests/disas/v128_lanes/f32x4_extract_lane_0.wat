;; Lane 0 of an f32x4 is already the low float.

(module
  (func (export "f") (param $a v128) (result f32)
    (f32x4.extract_lane 0 (local.get $a))))

;; function 0 (export "f"), sse4.1:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000029
;;     1e: movdqu  xmm0,[rbp+0x10]
;;     25: leave
;;     26: ret     0x10
;;     29: cmp     dword ptr [r11+0x14],0
;;     32: jne     0x0000000000000048
;;     38: cmp     rax,[r11+0x38]
;;     3d: jb      0x0000000000000062
;;     43: jmp     0x000000000000001E
;;     48: mov     r11,[r14]
;;     4d: mov     qword ptr [r11+0x18],0x1F
;;     56: mov     eax,0xA
;;     5c: mov     rsp,[r11+8]
;;     61: ret
;;     62: mov     r11,[r14]
;;     67: mov     qword ptr [r11+0x18],0x1F
;;     70: mov     eax,9
;;     76: mov     rsp,[r11+8]
;;     7b: ret

;; function 0 (export "f"), avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000029
;;     1e: vmovdqu xmm0,[rbp+0x10]
;;     25: leave
;;     26: ret     0x10
;;     29: cmp     dword ptr [r11+0x14],0
;;     32: jne     0x0000000000000048
;;     38: cmp     rax,[r11+0x38]
;;     3d: jb      0x0000000000000062
;;     43: jmp     0x000000000000001E
;;     48: mov     r11,[r14]
;;     4d: mov     qword ptr [r11+0x18],0x1F
;;     56: mov     eax,0xA
;;     5c: mov     rsp,[r11+8]
;;     61: ret
;;     62: mov     r11,[r14]
;;     67: mov     qword ptr [r11+0x18],0x1F
;;     70: mov     eax,9
;;     76: mov     rsp,[r11+8]
;;     7b: ret
