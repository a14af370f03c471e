;; `i32x4.relaxed_dot_i8x16_i7x16_add_s` of locals, native mode: the encoding's fastest sequence.

(module
  (func (export "f") (param $a v128) (param $b v128) (param $c v128) (result v128)
    (i32x4.relaxed_dot_i8x16_i7x16_add_s (local.get $a) (local.get $b) (local.get $c))))

;; function 0 (export "f"), sse4.1:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000005B
;;     1e: movdqu  xmm0,[rbp+0x10]
;;     25: movdqu  xmm1,[rbp+0x20]
;;     2c: movdqu  xmm2,[rbp+0x30]
;;     33: pmaddubsw xmm1,xmm2
;;     39: movdqa  xmm2,xmm1
;;     3e: pcmpeqw xmm15,xmm15
;;     43: psrlw   xmm15,0xF
;;     49: pmaddwd xmm2,xmm15
;;     4e: paddd   xmm2,xmm0
;;     53: movaps  xmm0,xmm2
;;     57: leave
;;     58: ret     0x30
;;     5b: cmp     dword ptr [r11+0x14],0
;;     64: jne     0x000000000000007A
;;     6a: cmp     rax,[r11+0x38]
;;     6f: jb      0x0000000000000094
;;     75: jmp     0x000000000000001E
;;     7a: mov     r11,[r14]
;;     7f: mov     qword ptr [r11+0x18],0x21
;;     88: mov     eax,0xA
;;     8e: mov     rsp,[r11+8]
;;     93: ret
;;     94: mov     r11,[r14]
;;     99: mov     qword ptr [r11+0x18],0x21
;;     a2: mov     eax,9
;;     a8: mov     rsp,[r11+8]
;;     ad: ret

;; function 0 (export "f"), avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000055
;;     1e: vmovdqu xmm0,[rbp+0x10]
;;     25: vmovdqu xmm1,[rbp+0x20]
;;     2c: vmovdqu xmm2,[rbp+0x30]
;;     33: vpmaddubsw xmm2,xmm1,xmm2
;;     38: vpcmpeqw xmm15,xmm15,xmm15
;;     3d: vpsrlw  xmm15,xmm15,0xF
;;     43: vpmaddwd xmm2,xmm2,xmm15
;;     48: vpaddd  xmm2,xmm2,xmm0
;;     4d: movaps  xmm0,xmm2
;;     51: leave
;;     52: ret     0x30
;;     55: cmp     dword ptr [r11+0x14],0
;;     5e: jne     0x0000000000000074
;;     64: cmp     rax,[r11+0x38]
;;     69: jb      0x000000000000008E
;;     6f: jmp     0x000000000000001E
;;     74: mov     r11,[r14]
;;     79: mov     qword ptr [r11+0x18],0x21
;;     82: mov     eax,0xA
;;     88: mov     rsp,[r11+8]
;;     8d: ret
;;     8e: mov     r11,[r14]
;;     93: mov     qword ptr [r11+0x18],0x21
;;     9c: mov     eax,9
;;     a2: mov     rsp,[r11+8]
;;     a7: ret
