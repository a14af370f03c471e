;; A splat of a constant.

(module
  (func (export "f") (result v128)
    (i32x4.splat (i32.const 7))))

;; function 0 (export "f"), sse4.1:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000033
;;     1e: mov     eax,7
;;     24: movd    xmm0,eax
;;     29: pshufd  xmm0,xmm0,0
;;     2f: leave
;;     30: ret     0x10
;;     33: cmp     dword ptr [r11+0x14],0
;;     3c: jne     0x0000000000000052
;;     42: cmp     rax,[r11+0x38]
;;     47: jb      0x000000000000006C
;;     4d: jmp     0x000000000000001E
;;     52: mov     r11,[r14]
;;     57: mov     qword ptr [r11+0x18],0x1E
;;     60: mov     eax,0xA
;;     66: mov     rsp,[r11+8]
;;     6b: ret
;;     6c: mov     r11,[r14]
;;     71: mov     qword ptr [r11+0x18],0x1E
;;     7a: mov     eax,9
;;     80: mov     rsp,[r11+8]
;;     85: ret

;; function 0 (export "f"), avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000032
;;     1e: mov     eax,7
;;     24: vmovd   xmm0,eax
;;     29: vpbroadcastd xmm0,xmm0
;;     2e: leave
;;     2f: ret     0x10
;;     32: cmp     dword ptr [r11+0x14],0
;;     3b: jne     0x0000000000000051
;;     41: cmp     rax,[r11+0x38]
;;     46: jb      0x000000000000006B
;;     4c: jmp     0x000000000000001E
;;     51: mov     r11,[r14]
;;     56: mov     qword ptr [r11+0x18],0x1E
;;     5f: mov     eax,0xA
;;     65: mov     rsp,[r11+8]
;;     6a: ret
;;     6b: mov     r11,[r14]
;;     70: mov     qword ptr [r11+0x18],0x1E
;;     79: mov     eax,9
;;     7f: mov     rsp,[r11+8]
;;     84: ret
