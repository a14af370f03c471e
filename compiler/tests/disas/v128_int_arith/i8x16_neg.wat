;; `i8x16.neg` of a local.

(module
  (func (export "f") (param $a v128) (result v128)
    (i8x16.neg (local.get $a))))

;; function 0 (export "f"), sse4.1:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000038
;;     1e: movdqu  xmm0,[rbp+0x10]
;;     25: pxor    xmm15,xmm15
;;     2a: psubb   xmm15,xmm0
;;     2f: movdqa  xmm0,xmm15
;;     34: leave
;;     35: ret     0x10
;;     38: cmp     dword ptr [r11+0x14],0
;;     41: jne     0x0000000000000057
;;     47: cmp     rax,[r11+0x38]
;;     4c: jb      0x0000000000000071
;;     52: jmp     0x000000000000001E
;;     57: mov     r11,[r14]
;;     5c: mov     qword ptr [r11+0x18],0x1F
;;     65: mov     eax,0xA
;;     6b: mov     rsp,[r11+8]
;;     70: ret
;;     71: mov     r11,[r14]
;;     76: mov     qword ptr [r11+0x18],0x1F
;;     7f: mov     eax,9
;;     85: mov     rsp,[r11+8]
;;     8a: ret

;; function 0 (export "f"), avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000038
;;     1e: vmovdqu xmm0,[rbp+0x10]
;;     25: pxor    xmm15,xmm15
;;     2a: psubb   xmm15,xmm0
;;     2f: movdqa  xmm0,xmm15
;;     34: leave
;;     35: ret     0x10
;;     38: cmp     dword ptr [r11+0x14],0
;;     41: jne     0x0000000000000057
;;     47: cmp     rax,[r11+0x38]
;;     4c: jb      0x0000000000000071
;;     52: jmp     0x000000000000001E
;;     57: mov     r11,[r14]
;;     5c: mov     qword ptr [r11+0x18],0x1F
;;     65: mov     eax,0xA
;;     6b: mov     rsp,[r11+8]
;;     70: ret
;;     71: mov     r11,[r14]
;;     76: mov     qword ptr [r11+0x18],0x1F
;;     7f: mov     eax,9
;;     85: mov     rsp,[r11+8]
;;     8a: ret
