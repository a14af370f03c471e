;; `i8x16.replace_lane` of lane 1 with a local.

(module
  (func (export "f") (param $a v128) (param $x i32) (result v128)
    (i8x16.replace_lane 1 (local.get $a) (local.get $x))))

;; function 0 (export "f"), sse4.1:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000033
;;     1e: mov     eax,[rbp+0x10]
;;     23: movdqu  xmm0,[rbp+0x18]
;;     2a: pinsrb  xmm0,eax,1
;;     31: leave
;;     32: ret
;;     33: cmp     dword ptr [r11+0x14],0
;;     3c: jne     0x0000000000000052
;;     42: cmp     rax,[r11+0x38]
;;     47: jb      0x000000000000006C
;;     4d: jmp     0x000000000000001E
;;     52: mov     r11,[r14]
;;     57: mov     qword ptr [r11+0x18],0x20
;;     60: mov     eax,0xA
;;     66: mov     rsp,[r11+8]
;;     6b: ret
;;     6c: mov     r11,[r14]
;;     71: mov     qword ptr [r11+0x18],0x20
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
;;     1e: mov     eax,[rbp+0x10]
;;     23: vmovdqu xmm0,[rbp+0x18]
;;     2a: vpinsrb xmm0,xmm0,eax,1
;;     30: leave
;;     31: ret
;;     32: cmp     dword ptr [r11+0x14],0
;;     3b: jne     0x0000000000000051
;;     41: cmp     rax,[r11+0x38]
;;     46: jb      0x000000000000006B
;;     4c: jmp     0x000000000000001E
;;     51: mov     r11,[r14]
;;     56: mov     qword ptr [r11+0x18],0x20
;;     5f: mov     eax,0xA
;;     65: mov     rsp,[r11+8]
;;     6a: ret
;;     6b: mov     r11,[r14]
;;     70: mov     qword ptr [r11+0x18],0x20
;;     79: mov     eax,9
;;     7f: mov     rsp,[r11+8]
;;     84: ret
